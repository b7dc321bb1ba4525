Extension: NormalizationBasis
Id: normalization-basis
Title: "Normalization Basis"
Description: """
What a dose was scaled to: body surface area for a dose per m² (mg/m², IU/m²), body weight for a dose
per kg (mg/kg, IU/kg, cells/kg), or a fixed dose. Required whenever the dose or rate unit is per m² or per kg (invariants ball-hsct-2 and
ball-hsct-3). Counterpart: mCODE `mcode-normalization-basis` (same codes); PanCareSurPass records
cumulative doses per m² without it; PedCan reuses mCODE's extension.
"""
Context: MedicationAdministration, MedicationRequest, MedicationStatement
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from NormalizationBasisVS (required)
* valueCodeableConcept.coding 1..1
* valueCodeableConcept.coding ^short = "One basis: a dose is scaled to one thing"
