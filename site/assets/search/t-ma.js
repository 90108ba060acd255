window.polcatSearch("t-ma",  {"management":[[0,"1"],[1,"e"],[3,"f"],[4,"f"],[5,"f"],[6,"f"],[7,"f"]]});
