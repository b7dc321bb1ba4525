Extension: DonorType
Id: donor-type
Title: "Donor Type"
Description: "Type of allogeneic donor by relationship and HLA match (haploidentical, matched related, …). Counterpart: PanCareSurPass `sct-donor-type` (on the stem-cell product); none in mCODE or PedCan."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from DonorTypeVS (required)
