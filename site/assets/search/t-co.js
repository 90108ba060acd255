window.polcatSearch("t-co",  {"components":[[1,"f"]],"control":[[5,"f"],[6,"f"],[7,"f"]],"control-plane":[[5,"f"],[6,"f"],[7,"f"]],"controller":[[8,"f"]],"controllers":[[1,"f"]]});
