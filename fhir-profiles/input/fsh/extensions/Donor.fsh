Extension: Donor
Id: donor
Title: "Donor"
Description: """
The related person who donated the stem cells (a parent, sibling, child or other relative). R4
BiologicallyDerivedProduct.collection.source allows only a Patient or an Organization, and a donor is not a
patient of this record, so the link sits on the transplant Procedure. An unrelated or cord-blood donor is
identified on the graft instead (its registry identifiers and the registry or bank as `collection.source`); an
autologous transplant has no donor. Counterpart: the PedCan draft's stem-cell-transplant donor extension;
PanCareSurPass records only the donor type.
"""
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only Reference(RelatedPerson)
