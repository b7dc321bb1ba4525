ValueSet: GvhdTypeVS
Id: gvhd-type-vs
Title: "GvHD Type"
Description: "Graft-versus-host disease as acute or chronic; the general GvHD code is for when the type is not stated."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#402355000 "Acute graft-versus-host disease (disorder)"
* $sct#402356004 "Chronic graft-versus-host disease (disorder)"
* $sct#234646005 "Graft-versus-host disease"
