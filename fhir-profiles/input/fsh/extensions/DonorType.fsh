Extension: DonorType
Id: donor-type
Title: "Donor Type"
Description: "Type of stem cell donor by relationship and HLA match (autologous, HLA-identical sibling, haploidentical, matched unrelated, cord blood, …). Counterpart: PanCareSurPass `sct-donor-type` (on the stem-cell product); CIBMTR form 2400 / 2006 and EBMT MED-A donor categories; none in mCODE or PedCan."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from DonorTypeVS (required)
