Extension: TransplantNumber
Id: transplant-number
Title: "Transplant Number"
Description: "Order of this haematopoietic stem cell transplant in the patient's life: 1 for the first, 2 for the second. Counterpart: none in mCODE, PanCareSurPass or PedCan; registries (CIBMTR, EBMT) record it as the HCT number."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only positiveInt
