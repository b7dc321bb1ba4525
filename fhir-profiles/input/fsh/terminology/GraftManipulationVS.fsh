ValueSet: GraftManipulationVS
Id: graft-manipulation-vs
Title: "Graft Manipulation"
Description: "Laboratory processing of a stem cell graft before infusion, such as ex vivo TCRαβ+ T-cell depletion."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#tcrab-depletion "Ex vivo TCRαβ+ T-cell depletion"
* $local#cd34-selection "Ex vivo CD34+ selection"
* $local#cd45ra-depletion "Ex vivo CD45RA+ depletion"
