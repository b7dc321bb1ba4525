// Shared rules, so that no rule is written twice.

// Metadata every profile, extension, value set and code system carries.
// url, version, status, name, title and description come from SUSHI and sushi-config.yaml.
RuleSet: ArtifactMetadata
* ^experimental = false
* ^publisher = "HSCT Data FHIR project"
* ^contact.name = "HSCT Data FHIR project"
* ^contact.telecom.system = #url
* ^contact.telecom.value = "https://fhir.hsctdata.org"
* ^jurisdiction = http://unstats.un.org/unsd/methods/m49/m49.htm#001 "World"

// A profile or extension: the metadata above plus the licence of the definitions.
RuleSet: ProfileMetadata
* insert ArtifactMetadata
* ^copyright = "CC0-1.0. This definition is in the public domain; codes it names remain under the licences of their code systems."

// Observation.category fixed to one code of the observation-category code system.
RuleSet: ObservationCategory(code, display)
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.description = "Slice on the HL7 observation category; other categories may follow."
* category contains {code} 1..1 MS
* category[{code}] = $observation-category#{code} {display}

// A laboratory result.
RuleSet: LaboratoryCategory
* insert ObservationCategory(laboratory, "Laboratory")

// Observation.valueQuantity in UCUM, with a value; the unit is fixed or bound by the profile.
RuleSet: UcumQuantityValue
* valueQuantity.value 1..1 MS
* valueQuantity.system 1..1 MS
* valueQuantity.system = $ucum (exactly)
* valueQuantity.code 1..1 MS
* valueQuantity.unit MS

// Observation.valueQuantity in one fixed UCUM unit, with a value.
RuleSet: UcumQuantity(unit)
* insert UcumQuantityValue
* valueQuantity.code = #{unit} (exactly)

// Subject is the B-ALL patient, and a time is recorded.
RuleSet: PatientObservation
* status MS
* subject 1..1 MS
* subject only Reference(Patient)
* effective[x] 1..1 MS
* effective[x] only dateTime or Period
* note MS

// A laboratory result about the leukaemia: optional focus on the B-ALL condition, specimen and method.
RuleSet: DiseaseLabResult
* insert PatientObservation
* insert LaboratoryCategory
* focus 0..1 MS
* focus only Reference(Condition)
* focus ^short = "The B-ALL this result is about"
* specimen 0..1 MS
* method MS

// Procedure subject and status, shared by the transplant-related procedures.
RuleSet: PatientProcedure
* status MS
* subject MS
* subject only Reference(Patient)
* note MS

// Condition subject and status, shared by the condition profiles.
RuleSet: PatientCondition
* clinicalStatus MS
* verificationStatus MS
* subject MS
* subject only Reference(Patient)
* onset[x] MS
* note MS

// Copyright statements for value sets, by the code systems they draw on (wording is ours).
RuleSet: SnomedCopyright
* ^copyright = "Includes SNOMED CT® content. SNOMED CT is owned and licensed by SNOMED International; use of its codes needs an Affiliate Licence or a national release licence."

RuleSet: LoincCopyright
* ^copyright = "Includes LOINC® content. LOINC is copyright Regenstrief Institute, Inc. and the LOINC Committee, free to use under the terms at https://loinc.org/license/."

RuleSet: SnomedLoincCopyright
* ^copyright = "Includes SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence) and LOINC® content (copyright Regenstrief Institute, Inc. and the LOINC Committee, free to use under https://loinc.org/license/)."

RuleSet: DrugCopyright
* ^copyright = "Includes RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms) and ATC codes maintained by the WHO Collaborating Centre for Drug Statistics Methodology (reuse of the ATC index is subject to WHOCC terms)."

// Metadata of a definitional instance (SearchParameter, CapabilityStatement): what ArtifactMetadata gives a
// profile, as instance rules. SUSHI gives the url (canonical + type + id).
RuleSet: InstanceMetadata
* status = #active
* experimental = false
* publisher = "HSCT Data FHIR project"
* contact.name = "HSCT Data FHIR project"
* contact.telecom.system = #url
* contact.telecom.value = "https://fhir.hsctdata.org"
* jurisdiction = http://unstats.un.org/unsd/methods/m49/m49.htm#001 "World"
