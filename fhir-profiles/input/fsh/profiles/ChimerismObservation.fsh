Profile: ChimerismObservation
Parent: Observation
Id: chimerism-observation
Title: "Donor Chimerism Observation"
Description: """
Proportion of donor-derived cells after an allogeneic transplant, either coded (complete donor, mixed,
complete recipient) or as percent donor cells. It is part of the transplant it monitors. The cell fraction
measured (unsorted whole blood or marrow, or a sorted lineage: T cells CD3+, myeloid CD33+/CD15+, B cells
CD19+, NK cells CD56+) is a component; the specimen (blood or marrow) is a referenced Specimen whose type is
whole blood or marrow; the method may be XY-FISH (after a sex-mismatched transplant), STR-PCR, qPCR of
insertion/deletion polymorphisms or NGS. Fraction, specimen and method are optional because reports often
omit them. The code is local: the only LOINC chimerism code found (102113-8) is deprecated.
"""
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* obeys ball-hsct-1
* code = $local#donor-chimerism "Donor chimerism"
* code MS
* partOf 1..1 MS
* partOf only Reference(Procedure)
* partOf ^short = "The transplant being monitored"
* value[x] 1..1 MS
* value[x] only CodeableConcept or Quantity
* value[x] ^short = "Complete donor | mixed | complete recipient, or percent donor cells"
* valueCodeableConcept from ChimerismResultVS (required)
* insert UcumQuantity(%)
* method MS
* method from ChimerismMethodVS (extensible)
* method ^short = "XY-FISH | STR-PCR | qPCR | NGS"
* specimen 0..1 MS
* specimen ^short = "Blood or bone marrow sample (Specimen.type from BloodMarrowSpecimenTypeVS)"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains lineage 0..1 MS
* component[lineage] ^short = "Cell fraction measured: unsorted | T cells CD3+ | myeloid | B cells CD19+ | NK cells"
* component[lineage].code = $local#chimerism-lineage "Chimerism cell fraction"
* component[lineage].value[x] 1..1
* component[lineage].value[x] only CodeableConcept
* component[lineage].valueCodeableConcept from ChimerismLineageVS (extensible)
