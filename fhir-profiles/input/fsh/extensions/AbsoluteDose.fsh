Extension: AbsoluteDose
Id: absolute-dose
Title: "Absolute Dose"
Description: """
The amount actually given (mg, g, µg) when `dosage.dose` holds a dose per m² or per kg. Only with a body
surface area or body weight Observation in `supportingInformation` (invariant ball-hsct-6), and then
absolute dose = normalised dose × BSA (m²) or × weight (kg), within rounding (±1 %). FHIRPath cannot
follow the reference offline, so the server checks this product in code. Counterpart: the `ordered`
dose of a MedicationRequest (`doseAndRate.type`, as in the French medication IG); none in mCODE or
PanCareSurPass.
"""
Context: MedicationAdministration.dosage
* insert ProfileMetadata
* value[x] 1..1
* value[x] only Quantity
* valueQuantity.value 1..1
* valueQuantity.system 1..1
* valueQuantity.system = $ucum (exactly)
* valueQuantity.code 1..1
* valueQuantity.code from AbsoluteDoseUnitsVS (required)
