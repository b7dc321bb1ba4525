Extension: DiseaseStatusEvidenceType
Id: disease-status-evidence-type
Title: "Disease Status Evidence Type"
Description: "Kind of evidence a disease-status assessment rests on (for leukaemia, laboratory data: marrow morphology, MRD, chimerism). Counterpart: mCODE `mcode-disease-status-evidence-type`; PedCan reuses it; PanCareSurPass has none."
Context: Observation
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from DiseaseStatusEvidenceTypeVS (required)
