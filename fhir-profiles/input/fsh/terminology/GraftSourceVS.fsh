ValueSet: GraftSourceVS
Id: graft-source-vs
Title: "Graft Source"
Description: "Source of the haematopoietic stem cells of a graft: bone marrow, peripheral blood or cord blood (CIBMTR form 2006, EBMT MED-A, PanCareSurPass source type), as local codes."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#graft-bone-marrow "Bone marrow graft"
* $local#graft-peripheral-blood "Peripheral blood stem cell graft"
* $local#graft-cord-blood "Cord blood graft"
