ValueSet: DoseUnitsVS
Id: dose-units-vs
Title: "Dose Units"
Description: "UCUM units for the dose of one administration: an absolute amount (mg, g, µg), or an amount normalised to body surface area (per m²) or body weight (per kg). A normalised unit needs the normalization-basis extension."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#mg "milligram"
* $ucum#g "gram"
* $ucum#ug "microgram"
* $ucum#mg/m2 "milligram per square meter"
* $ucum#g/m2 "gram per square meter"
* $ucum#ug/m2 "microgram per square meter"
* $ucum#mg/kg "milligram per kilogram"
* $ucum#ug/kg "microgram per kilogram"
