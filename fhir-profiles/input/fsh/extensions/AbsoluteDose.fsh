Extension: AbsoluteDose
Id: absolute-dose
Title: "Absolute Dose"
Description: """
The amount actually given when `dosage.dose` holds a dose per m² or per kg: a mass (mg, g, µg) for a
dose in mg/m² or mg/kg, international units for IU/m² or IU/kg, or the total cell count (10*6 or 10*8
cells) for a CAR-T dose in cells/kg. It is the same kind of quantity as the dose. Only with a body
surface area or body weight Observation in `supportingInformation` (invariant ball-hsct-6), and then
absolute dose = normalised dose × BSA (m²) or × weight (kg), within rounding (±1 %), after converting
between units of the same kind. FHIRPath cannot
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
