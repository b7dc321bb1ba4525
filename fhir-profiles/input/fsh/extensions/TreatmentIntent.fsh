Extension: TreatmentIntent
Id: treatment-intent
Title: "Treatment Intent"
Description: "Whether a treatment aims to cure or to palliate. Counterpart: mCODE `mcode-procedure-intent` (same codes); PedCan reuses it; PanCareSurPass has none."
Context: Procedure, MedicationRequest, MedicationAdministration, CarePlan
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from TreatmentIntentVS (extensible)
