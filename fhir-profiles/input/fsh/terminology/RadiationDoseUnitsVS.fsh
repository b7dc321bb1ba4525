ValueSet: RadiationDoseUnitsVS
Id: radiation-dose-units-vs
Title: "Radiation Dose Units"
Description: "UCUM units of an absorbed radiation dose: gray and centigray (mCODE records radiotherapy doses in cGy; conditioning reports usually give Gy)."
* insert ArtifactMetadata
* ^copyright = "UCUM is copyright Regenstrief Institute, Inc., free to use under the UCUM terms of use."
* $ucum#Gy "gray"
* $ucum#cGy "centigray"
