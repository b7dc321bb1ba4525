ValueSet: BloodCellCountUnitsVS
Id: blood-cell-count-units-vs
Title: "Blood Cell Count Units"
Description: "UCUM units for a count of cells per volume of blood: 10⁹ per litre, as WHO and most laboratories outside the US report it, or 10³ per microlitre, as US laboratories and EHRs do (numerically equal, so a value never needs converting)."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#10*9/L "billion per liter"
* $ucum#10*3/uL "thousand per microliter"
