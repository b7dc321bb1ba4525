ValueSet: ViralLoadUnitsVS
Id: viral-load-units-vs
Title: "Viral Load Units"
Description: "UCUM units of a viral load: copies per millilitre or international units per millilitre."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#{copies}/mL "copies per milliliter"
* $ucum#[IU]/mL "international unit per milliliter"
