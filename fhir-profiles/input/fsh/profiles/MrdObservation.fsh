Profile: MrdObservation
Parent: Observation
Id: mrd-observation
Title: "Measurable Residual Disease"
Description: """
Measurable (minimal) residual disease of B-ALL by any method: multicolour flow cytometry, RT-qPCR of a
fusion transcript (BCR::ABL1 / ABL1 ratio), allele-specific qPCR of clonal IG/TR rearrangements, or NGS of
IG/TR rearrangements (clonoSEQ-like). The code is the one local concept `mrd` (so every MRD result is found
by one code, whatever the method); `method` says how it was measured and may be refined by a method-specific
coding in `code` (`mrd-flow`, `mrd-pcr`, `mrd-ngs`, or a LOINC code once one is verified). The level is a
Quantity in percent of cells (a fraction such as 1E-4 is 0.01 %; a BCR::ABL1 / ABL1 ratio is given in
percent), with a comparator when the laboratory reports below a threshold; or a coded result: Not detected, Detected, or Positive not quantifiable. The assay sensitivity
(limit of detection) and the target are components; the specimen (blood or marrow) is a referenced Specimen
whose type is whole blood or marrow. Specimen, sensitivity and target are optional because reports often omit
them.
"""
* insert ProfileMetadata
* insert DiseaseLabResult
* obeys ball-hsct-1 and ball-hsct-13
* code = $local#mrd "Measurable residual disease"
* code MS
* code ^short = "mrd; optionally also mrd-flow | mrd-pcr | mrd-ngs"
* value[x] 1..1 MS
* value[x] only Quantity or CodeableConcept
* value[x] ^short = "Level in %, or Not detected | Detected | Positive not quantifiable"
* insert UcumQuantity(%)
* valueQuantity.comparator MS
* valueCodeableConcept from MrdResultVS (extensible)
* method from MrdMethodVS (extensible)
* method ^short = "Flow cytometry | RT-qPCR | IG/TR qPCR | IG/TR NGS"
* specimen ^short = "Blood or bone marrow sample (Specimen.type from BloodMarrowSpecimenTypeVS)"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains
    sensitivity 0..1 MS and
    target 0..* MS
* component[sensitivity] ^short = "Limit of detection of the assay in this sample, in percent (1E-4 = 0.01 %)"
* component[sensitivity].code = $local#mrd-sensitivity "MRD assay sensitivity (limit of detection)"
* component[sensitivity].value[x] 1..1
* component[sensitivity].value[x] only Quantity
* component[sensitivity].valueQuantity.value 1..1
* component[sensitivity].valueQuantity.system 1..1
* component[sensitivity].valueQuantity.system = $ucum (exactly)
* component[sensitivity].valueQuantity.code 1..1
* component[sensitivity].valueQuantity.code = #% (exactly)
* component[target] ^short = "What the assay followed: immunophenotype, fusion transcript, IG/TR rearrangement"
* component[target].code = $local#mrd-target "MRD target"
* component[target].value[x] 1..1
* component[target].value[x] only CodeableConcept
* component[target].valueCodeableConcept from MrdTargetVS (extensible)
