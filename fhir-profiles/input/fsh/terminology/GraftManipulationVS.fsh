ValueSet: GraftManipulationVS
Id: graft-manipulation-vs
Title: "Graft Manipulation"
Description: "Laboratory processing of a stem cell graft before infusion, as CIBMTR form 2006 and EBMT MED-A ask for it: none, TCRαβ/CD19 depletion, CD3/CD19 depletion, CD34 selection, CD45RA depletion, ex vivo expansion."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#no-manipulation "No ex vivo manipulation"
* $local#tcrab-depletion "Ex vivo TCRαβ+ T-cell depletion"
* $local#cd3-cd19-depletion "Ex vivo CD3+/CD19+ depletion"
* $local#cd34-selection "Ex vivo CD34+ selection"
* $local#cd45ra-depletion "Ex vivo CD45RA+ depletion"
* $local#ex-vivo-expansion "Ex vivo expansion"
