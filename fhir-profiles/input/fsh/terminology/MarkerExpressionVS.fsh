ValueSet: MarkerExpressionVS
Id: marker-expression-vs
Title: "Marker Expression"
Description: "Expression of one flow-cytometry marker on the leukaemic blasts, as written in reports (CD19+, CD20-, CD45dim)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#positive "Positive"
* $local#negative "Negative"
* $local#dim "Dim"
* $local#bright "Bright"
