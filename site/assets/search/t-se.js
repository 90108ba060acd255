window.polcatSearch("t-se",  {"server":[[5,"f"],[7,"f"]],"services":[[10,"f"]],"set":[[5,"f"],[11,"f"]],"sets":[[9,"f"]]});
