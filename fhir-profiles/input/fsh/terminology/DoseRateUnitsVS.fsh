ValueSet: DoseRateUnitsVS
Id: dose-rate-units-vs
Title: "Dose Rate Units"
Description: "UCUM units for the rate of a continuous infusion, for example blinatumomab in µg/day or µg/m²/day. A normalised unit (per m² or per kg) needs the normalization-basis extension."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#ug/d "microgram per day"
* $ucum#ug/m2/d "microgram per square meter per day"
* $ucum#ug/kg/d "microgram per kilogram per day"
* $ucum#mg/d "milligram per day"
* $ucum#mg/m2/d "milligram per square meter per day"
* $ucum#mg/kg/d "milligram per kilogram per day"
* $ucum#mL/h "milliliter per hour"
