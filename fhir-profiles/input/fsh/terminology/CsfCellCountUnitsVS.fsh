ValueSet: CsfCellCountUnitsVS
Id: csf-cell-count-units-vs
Title: "CSF Cell Count Units"
Description: "UCUM units for a cerebrospinal fluid leukocyte count: cells per microlitre or 10⁶ per litre (numerically equal)."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#/uL "per microliter"
* $ucum#10*6/L "million per liter"
