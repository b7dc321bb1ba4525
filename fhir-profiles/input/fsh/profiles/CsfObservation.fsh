Profile: CsfObservation
Parent: Observation
Id: csf-observation
Title: "Cerebrospinal Fluid Examination"
Description: "Summary of a cerebrospinal fluid examination for leukaemic involvement of the central nervous system: normal, or blasts seen. A leukocyte count, when recorded, is a component coded LOINC 26465-5 (CSF, not the blood code 26464-8). May be part of a lumbar puncture Procedure (SNOMED CT 277762005)."
* insert ProfileMetadata
* insert DiseaseLabResult
* obeys ball-hsct-9
* code = $local#csf-exam "Cerebrospinal fluid examination"
* code MS
* partOf MS
* partOf only Reference(Procedure)
* partOf ^short = "The lumbar puncture"
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from CsfResultVS (extensible)
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains leukocyteCount 0..1 MS
* component[leukocyteCount] ^short = "CSF leukocyte count"
* component[leukocyteCount].code = $loinc#26465-5 "Leukocytes [#/volume] in Cerebral spinal fluid"
* component[leukocyteCount].value[x] 1..1
* component[leukocyteCount].value[x] only Quantity
* component[leukocyteCount].valueQuantity.value 1..1
* component[leukocyteCount].valueQuantity.system 1..1
* component[leukocyteCount].valueQuantity.system = $ucum (exactly)
* component[leukocyteCount].valueQuantity.code 1..1
* component[leukocyteCount].valueQuantity.code from CsfCellCountUnitsVS (required)
