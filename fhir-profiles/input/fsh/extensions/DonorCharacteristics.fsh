Extension: DonorCharacteristics
Id: donor-characteristics
Title: "Donor Characteristics"
Description: """
What registries record about the donor of a graft (CIBMTR form 2006 / 2400, EBMT MED-A): age at donation, sex,
CMV serostatus and ABO group. It sits on the graft so that it serves every donor type alike: a related donor
(also a RelatedPerson), an anonymous unrelated donor or a cord-blood unit known only by registry identifiers,
and the patient's own cells.
"""
Context: BiologicallyDerivedProduct
* insert ProfileMetadata
* extension contains
    age 0..1 MS and
    sex 0..1 MS and
    cmvSerostatus 0..1 MS and
    aboGroup 0..1 MS
* extension[age] ^short = "Donor age at collection (UCUM a, mo, wk or d); none for a cord blood unit"
* extension[age].value[x] 1..1
* extension[age].value[x] only Age
* extension[age].valueAge.code from AgeUnitsVS (required)
* extension[sex] ^short = "Donor sex (administrative gender)"
* extension[sex].value[x] 1..1
* extension[sex].value[x] only code
* extension[sex].valueCode from http://hl7.org/fhir/ValueSet/administrative-gender (required)
* extension[cmvSerostatus] ^short = "Donor CMV IgG serostatus"
* extension[cmvSerostatus].value[x] 1..1
* extension[cmvSerostatus].value[x] only CodeableConcept
* extension[cmvSerostatus].valueCodeableConcept from CmvSerostatusVS (required)
* extension[aboGroup] ^short = "Donor ABO blood group"
* extension[aboGroup].value[x] 1..1
* extension[aboGroup].value[x] only CodeableConcept
* extension[aboGroup].valueCodeableConcept from AboGroupVS (required)
* value[x] 0..0
