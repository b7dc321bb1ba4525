ValueSet: ChimerismResultVS
Id: chimerism-result-vs
Title: "Chimerism Result"
Description: "Coded chimerism state after allogeneic transplant: complete donor, mixed, or complete recipient (graft loss)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#complete-donor-chimerism "Complete donor chimerism"
* $local#mixed-chimerism "Mixed chimerism"
* $local#recipient-chimerism "Complete recipient chimerism"
