ValueSet: HlaMismatchDirectionVS
Id: hla-mismatch-direction-vs
Title: "HLA Mismatch Direction"
Description: "Direction of an HLA mismatch: graft-versus-host only, host-versus-graft only, or both (CIBMTR form 2005 asks for it)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#mismatch-gvh-only "Mismatch in graft-versus-host direction only"
* $local#mismatch-hvg-only "Mismatch in host-versus-graft direction only"
* $local#mismatch-bidirectional "Bidirectional mismatch"
