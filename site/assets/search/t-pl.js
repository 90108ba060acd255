window.polcatSearch("t-pl",  {"plane":[[5,"f"],[6,"f"],[7,"f"]],"platform":[[11,"f"]]});
