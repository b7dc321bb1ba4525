ValueSet: TransplantComplicationVS
Id: transplant-complication-vs
Title: "Transplant Complication"
Description: "Complications of haematopoietic stem cell transplant other than GvHD: post-transplant lymphopenia (local) and sinusoidal obstruction syndrome (NCIt CTCAE term)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide (CC0-1.0) and NCI Thesaurus content (U.S. National Cancer Institute, CC BY 4.0)."
* $local#post-hsct-lymphopenia "Post-transplant lymphopenia"
* $ncit#C143205 "Sinusoidal obstruction syndrome"
