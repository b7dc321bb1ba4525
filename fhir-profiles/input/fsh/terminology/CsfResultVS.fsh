ValueSet: CsfResultVS
Id: csf-result-vs
Title: "CSF Examination Result"
Description: "Summary result of a cerebrospinal fluid examination for leukaemic involvement. CNS1/2/3 status codes may be added once verified."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#csf-normal "Cerebrospinal fluid normal"
* $local#csf-blasts-detected "Leukaemic blasts in cerebrospinal fluid"
