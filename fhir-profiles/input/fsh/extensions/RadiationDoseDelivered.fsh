Extension: RadiationDoseDelivered
Id: radiation-dose-delivered
Title: "Radiation Dose Delivered"
Description: "Total absorbed dose and number of fractions of a conditioning irradiation (for example TBI 12 Gy in 6 fractions, or 2 Gy in one). Counterpart: mCODE `mcode-radiotherapy-dose-delivered-to-volume` (totalDoseDelivered in cGy, fractionsDelivered), which also names the treated volume; for conditioning the volume is the kind of irradiation (TBI, TLI, …) in Procedure.code."
Context: Procedure
* insert ProfileMetadata
* obeys ball-hsct-28
* extension contains
    totalDose 1..1 MS and
    fractions 0..1 MS
* extension[totalDose] ^short = "Total dose delivered (Gy or cGy)"
* extension[totalDose].value[x] 1..1
* extension[totalDose].value[x] only Quantity
* extension[totalDose].valueQuantity.value 1..1
* extension[totalDose].valueQuantity.system 1..1
* extension[totalDose].valueQuantity.system = $ucum (exactly)
* extension[totalDose].valueQuantity.code 1..1
* extension[totalDose].valueQuantity.code from RadiationDoseUnitsVS (required)
* extension[fractions] ^short = "Number of fractions the total dose was given in (1 = single dose)"
* extension[fractions].value[x] 1..1
* extension[fractions].value[x] only positiveInt
* value[x] 0..0
