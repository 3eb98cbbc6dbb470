package cn.linli.resource;

/** 项目清单 or 资源清单; schema/resource.graphqls. */
public enum ResourceType {
    PROJECT,
    RESOURCE
}
