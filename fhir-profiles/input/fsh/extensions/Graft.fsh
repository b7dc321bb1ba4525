Extension: Graft
Id: graft
Title: "Graft"
Description: "The stem cell product infused. R4 Procedure.usedReference allows only Device, Medication or Substance. Counterpart: PanCareSurPass `procedure-usedReference`; R5 `Procedure.used` (which admits BiologicallyDerivedProduct); none in mCODE. A double cord-blood transplant names both units."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only Reference(BiologicallyDerivedProduct)
