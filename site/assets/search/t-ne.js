window.polcatSearch("t-ne",  {"neighbor":[[10,"2"]],"neighbour":[[10,"2"]],"network":[[1,"f"],[5,"f"],[9,"f"],[11,"f"]],"network-sets":[[9,"f"]],"networking":[[0,"f"],[3,"f"]]});
