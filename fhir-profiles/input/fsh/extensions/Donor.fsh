Extension: Donor
Id: donor
Title: "Donor"
Description: """
The person who donated the stem cells. R4 BiologicallyDerivedProduct.collection.source allows only a
Patient or an Organization, and a donor is not a patient of this record, so the link sits on the
transplant Procedure. Counterpart: the PedCan draft's stem-cell-transplant donor extension; PanCareSurPass
records only the donor type.
"""
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only Reference(DonorRelatedPerson)
