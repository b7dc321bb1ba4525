ValueSet: AbsoluteDoseUnitsVS
Id: absolute-dose-units-vs
Title: "Absolute Dose Units"
Description: "UCUM units for an absolute (not normalised) dose: a mass (mg, g, µg), international units (a dose in IU/m² or IU/kg), or a cell count in millions or hundred-millions (the total cells of a CAR-T dose in cells/kg). The absolute dose is the same kind of quantity as the normalised dose it accompanies."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#mg "milligram"
* $ucum#g "gram"
* $ucum#ug "microgram"
* $ucum#[iU] "international unit"
* $ucum#10*6 "million (cells)"
* $ucum#10*8 "hundred million (cells)"
