window.polcatSearch("t-no",  {"node":[[10,"f"]],"node-services":[[10,"f"]],"nodes":[[1,"e"],[5,"f"],[7,"f"]]});
