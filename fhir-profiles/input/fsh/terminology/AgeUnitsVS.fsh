ValueSet: AgeUnitsVS
Id: age-units-vs
Title: "Age Units"
Description: "UCUM units of time for an age: years, months, weeks or days."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#a "year"
* $ucum#mo "month"
* $ucum#wk "week"
* $ucum#d "day"
