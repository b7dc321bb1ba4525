ValueSet: MarkerExpressionVS
Id: marker-expression-vs
Title: "Marker Expression"
Description: "Expression of one flow-cytometry marker on the leukaemic blasts, as written in reports (CD19+, CD20-, CD45dim, CD33 partial). The share of blasts expressing the marker, when reported, goes in a second component with the same marker code and a percentage."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#positive "Positive"
* $local#negative "Negative"
* $local#dim "Dim"
* $local#bright "Bright"
* $local#partial "Partial"
