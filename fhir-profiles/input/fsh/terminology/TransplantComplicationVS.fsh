ValueSet: TransplantComplicationVS
Id: transplant-complication-vs
Title: "Transplant Complication"
Description: "Complications of haematopoietic stem cell transplant other than GvHD: post-transplant lymphopenia, sinusoidal obstruction syndrome (NCIt CTCAE term), CMV and EBV reactivation, transplant-associated thrombotic microangiopathy, and primary or secondary graft failure (local codes). Extensible: other complications keep their own standard codes."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide (CC0-1.0) and NCI Thesaurus content (U.S. National Cancer Institute, CC BY 4.0)."
* $local#post-hsct-lymphopenia "Post-transplant lymphopenia"
* $ncit#C143205 "Sinusoidal obstruction syndrome"
* $local#cmv-reactivation "Cytomegalovirus reactivation after transplant"
* $local#ebv-reactivation "Epstein-Barr virus reactivation after transplant"
* $local#ta-tma "Transplant-associated thrombotic microangiopathy"
* $local#primary-graft-failure "Primary graft failure"
* $local#secondary-graft-failure "Secondary graft failure"
