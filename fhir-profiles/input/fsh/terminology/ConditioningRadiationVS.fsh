ValueSet: ConditioningRadiationVS
Id: conditioning-radiation-vs
Title: "Conditioning Radiation"
Description: "Kind of irradiation given as part of transplant conditioning: total body (TBI), total lymphoid (TLI), total marrow (TMI / TMLI), thoracoabdominal (TAI). Local codes: no SNOMED CT code for TBI was verified."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#tbi "Total body irradiation"
* $local#tli "Total lymphoid irradiation"
* $local#tmi "Total marrow irradiation"
* $local#tai "Thoracoabdominal irradiation"
