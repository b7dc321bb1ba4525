ValueSet: CmvSerostatusVS
Id: cmv-serostatus-vs
Title: "CMV Serostatus"
Description: "Cytomegalovirus IgG serostatus of a donor (or recipient), as CIBMTR and EBMT record it: positive (reactive), negative (non-reactive), indeterminate."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#cmv-seropositive "CMV seropositive"
* $local#cmv-seronegative "CMV seronegative"
* $local#cmv-serostatus-indeterminate "CMV serostatus indeterminate"
