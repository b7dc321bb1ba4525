Profile: BodySurfaceAreaObservation
Parent: Observation
Id: body-surface-area-observation
Title: "Body Surface Area"
Description: "The patient's body surface area in square metres (LOINC 8277-6), as used to compute a dose per m². Reference it from the administration's supportingInformation; name the formula (e.g. Mosteller) in a note."
* insert ProfileMetadata
* insert PatientObservation
* insert ObservationCategory(vital-signs, "Vital Signs")
* code = $loinc#8277-6 "Body surface area"
* code MS
* value[x] 1..1 MS
* value[x] only Quantity
* insert UcumQuantity(m2)
