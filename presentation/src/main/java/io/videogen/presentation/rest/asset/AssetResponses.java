package io.videogen.presentation.rest.asset;

import io.videogen.domain.asset.Asset;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Asset records to their JSON; MapStruct writes the copying. */
@Mapper
public interface AssetResponses {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "mediaType", expression = "java(asset.kind().mediaType())")
    @Mapping(target = "kind", expression = "java(asset.kind().family())")
    @Mapping(target = "content", expression = "java(\"/api/v1/assets/\" + asset.id() + \"/content\")")
    AssetResponse of(Asset asset);
}
