window.polcatSearch("t-na",  {"name":[[8,"f"],[11,"f"]],"named":[[11,"f"]],"namespace":[[5,"f"],[8,"f"],[11,"f"]],"namespace-isolation":[[8,"f"]],"namespaces":[[8,"f"],[11,"f"]]});
