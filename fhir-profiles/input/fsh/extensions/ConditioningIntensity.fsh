Extension: ConditioningIntensity
Id: conditioning-intensity
Title: "Conditioning Intensity"
Description: "Intensity of the conditioning before the transplant (myeloablative, reduced-intensity, reduced-toxicity, non-myeloablative). Counterpart: the CIBMTR intensity categories plus reduced toxicity; none in mCODE, PanCareSurPass or PedCan."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from ConditioningIntensityVS (required)
