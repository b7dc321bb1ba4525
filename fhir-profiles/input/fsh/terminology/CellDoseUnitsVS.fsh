ValueSet: CellDoseUnitsVS
Id: cell-dose-units-vs
Title: "Graft Cell Dose Units"
Description: "UCUM units of a graft cell dose per kilogram of recipient body weight: 10⁴, 10⁵, 10⁶, 10⁷ or 10⁸ cells/kg (for example CD34+ 5 × 10⁶/kg, TNC 3 × 10⁷/kg, CD3+ 2 × 10⁸/kg)."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#10*4/kg "10*4/kg"
* $ucum#10*5/kg "10*5/kg"
* $ucum#10*6/kg "10*6/kg"
* $ucum#10*7/kg "10*7/kg"
* $ucum#10*8/kg "10*8/kg"
