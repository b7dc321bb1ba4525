Extension: ConditioningIntensity
Id: conditioning-intensity
Title: "Conditioning Intensity"
Description: "Intensity of the conditioning before the transplant: myeloablative, reduced-intensity or non-myeloablative (the CIBMTR categories; the server warns when the regimen's doses say otherwise, HSCT-0110 to HSCT-0112). Reduced toxicity is recorded separately with `reduced-toxicity-conditioning`. Counterpart: none in mCODE, PanCareSurPass or PedCan."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from ConditioningIntensityVS (required)
