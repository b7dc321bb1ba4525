ValueSet: CellDoseTypeVS
Id: cell-dose-type-vs
Title: "Graft Cell Dose Type"
Description: "Cell population a graft cell dose counts: total nucleated cells, CD34+, CD3+, and the residual TCRαβ+ or CD19+ cells of a depleted graft."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#total-nucleated-cells "Total nucleated cells"
* $local#cd34-positive-cells "CD34+ cells"
* $local#cd3-positive-cells "CD3+ cells"
* $local#tcrab-positive-cells "TCRαβ+ cells"
* $local#cd19-positive-cells "CD19+ cells"
