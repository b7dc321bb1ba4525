ValueSet: AbsoluteDoseUnitsVS
Id: absolute-dose-units-vs
Title: "Absolute Dose Units"
Description: "UCUM mass units for an absolute (not normalised) dose."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#mg "milligram"
* $ucum#g "gram"
* $ucum#ug "microgram"
